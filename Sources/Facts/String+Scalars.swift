extension String {
    /// A String of Unicode scalars, UTF-8 encoded straight into the new string's storage in one
    /// allocation. Appending scalars one by one to a `String.UnicodeScalarView` re-checks capacity
    /// and breadcrumbs at every step; it was a tenth of extraction's time and much of
    /// normalization's. Inlinable so callers in other modules get a specialized copy.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var count = 0
        for u in scalars { count += UTF8.width(u) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for u in scalars {
                let v = u.value
                if v < 0x80 {
                    buffer[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }
}
