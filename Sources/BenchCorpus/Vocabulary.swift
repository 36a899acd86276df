import Extraction
import Foundation

/// The word lists the generator draws from: `Resources/Vocabulary/*.tsv` (same format as the
/// extraction lexicons: `#` header, tab-separated fields), read once.
struct Vocabulary: Sendable {
    struct Province: Sendable {
        var shortName: String
        var fullName: String
        var cities: [String]
    }

    struct NationalBody: Sendable {
        var name: String
        var alias: String?
        var posts: [String]
    }

    struct University: Sendable {
        var name: String
        var posts: [String]
    }

    struct Industry: Sendable {
        /// As in a company name: 半导体, 新能源.
        var companyWord: String
        /// As in a project name: 集成电路, 动力电池.
        var projectWord: String
    }

    struct EventTheme: Sendable {
        var name: String
        var theme: String
    }

    var surnames: [String]
    var givenNameCharacters: [String]
    var provinces: [Province]
    var nationalBodies: [NationalBody]
    var universities: [University]
    var media: [String]
    var companyStems: [String]
    var industries: [Industry]
    var legalSuffixes: [String]
    var policyClauses: [String]
    var eventThemes: [EventTheme]

    /// The shipped lists. A missing file is a packaging defect: it traps naming the file.
    static let shipped = Vocabulary(loader: Vocabulary.bundledList)

    init(loader: (String) -> Lexicon) {
        surnames = loader("surnames").words
        givenNameCharacters = loader("given-name-characters").words
        provinces = loader("places").entries.map { row in
            Province(shortName: row[0], fullName: row[1],
                     cities: row[2].split(separator: ",").map(String.init))
        }
        nationalBodies = loader("national-bodies").entries.map { row in
            NationalBody(name: row[0], alias: row[1].isEmpty ? nil : row[1],
                         posts: row[2].split(separator: ",").map(String.init))
        }
        universities = loader("universities").entries.map { row in
            University(name: row[0], posts: row[1].split(separator: ",").map(String.init))
        }
        media = loader("media").words
        companyStems = loader("company-stems").words
        industries = loader("industries").entries.map { Industry(companyWord: $0[0], projectWord: $0[1]) }
        legalSuffixes = loader("legal-suffixes").words
        policyClauses = loader("policy-clauses").words
        eventThemes = loader("event-themes").entries.map { EventTheme(name: $0[0], theme: $0[1]) }
    }

    static func bundledList(_ name: String) -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Vocabulary") else {
            fatalError("vocabulary \(name).tsv missing from the BenchCorpus bundle")
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("vocabulary \(url.path) is not readable UTF-8")
        }
        return Lexicon(name: name, text: text)
    }
}
