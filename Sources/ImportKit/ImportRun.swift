// SCAFFOLD: the import pipeline lands here.
import Facts
import Normalization
import Extraction
import Store
