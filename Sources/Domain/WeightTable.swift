import Foundation

/// A linear model's weights as a readable, diffable text file: comment lines, named settings
/// (`<temperature>\t1.5`), a `<bias>` row, then one row per feature with a weight per column.
/// The Coach and the Safety screen both store their trained weights this way.
public struct WeightTable: Sendable {
    public let columns: [String]
    public private(set) var names: [String]
    public private(set) var index: [String: Int]
    /// Row-major: `weights[feature * columns.count + column]`.
    public private(set) var weights: [Float]
    public var bias: [Float]
    /// Single numbers the model needs besides weights, such as a temperature or a threshold.
    public var settings: [String: Float]

    public var width: Int { columns.count }

    public init(columns: [String], names: [String], weights: [Float], bias: [Float], settings: [String: Float] = [:]) {
        precondition(weights.count == names.count * columns.count && bias.count == columns.count)
        self.columns = columns
        self.names = names
        self.weights = weights
        self.bias = bias
        self.settings = settings
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count)
        for (i, name) in names.enumerated() { index[name] = i }
        self.index = index
    }

    /// Why a weights file could not be read, with the line.
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "weights line \(line): \(message)" }
    }

    /// Reads the text form; `settings` lists the setting names the file must have.
    public init(text: String, columns: [String], settings required: [String] = []) throws(FormatError) {
        var names: [String] = []
        var weights: [Float] = []
        var bias: [Float] = []
        var settings: [String: Float] = [:]
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let key = String(fields[0])
            if key.hasPrefix("<"), key.hasSuffix(">"), key != "<bias>" {
                guard fields.count == 2, let value = Float(fields[1]) else {
                    throw FormatError(line: lineNumber, message: "\(key) needs one number")
                }
                settings[String(key.dropFirst().dropLast())] = value
                continue
            }
            guard fields.count == columns.count + 1 else {
                throw FormatError(line: lineNumber, message: "expected \(columns.count + 1) fields, found \(fields.count)")
            }
            var row: [Float] = []
            row.reserveCapacity(columns.count)
            for field in fields.dropFirst() {
                guard let value = Float(field) else { throw FormatError(line: lineNumber, message: "not a number: \(field)") }
                row.append(value)
            }
            if key == "<bias>" { bias = row } else { names.append(key); weights += row }
        }
        guard bias.count == columns.count else { throw FormatError(line: lineNumber, message: "no <bias> row") }
        for name in required where settings[name] == nil {
            throw FormatError(line: lineNumber, message: "no <\(name)> row")
        }
        self.init(columns: columns, names: names, weights: weights, bias: bias, settings: settings)
    }

    /// The text form, stable for the same weights. `header` lines are written as comments.
    public func serialized(header: [String]) -> String {
        var out = header.map { "# " + $0 + "\n" }.joined()
        out += "# Columns: feature\t" + columns.joined(separator: "\t") + "\n"
        for name in settings.keys.sorted() { out += "<\(name)>\t" + Self.format(settings[name]!) + "\n" }
        out += "<bias>\t" + bias.map(Self.format).joined(separator: "\t") + "\n"
        for (i, name) in names.enumerated() {
            out += name + "\t" + weights[(i * width)..<((i + 1) * width)].map(Self.format).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Drops features whose weights all round to zero, to keep the file small.
    public func pruned() -> WeightTable {
        var keptNames: [String] = []
        var keptWeights: [Float] = []
        for (i, name) in names.enumerated() {
            let row = weights[(i * width)..<((i + 1) * width)]
            if row.contains(where: { abs($0) >= 0.00005 }) { keptNames.append(name); keptWeights += row }
        }
        return WeightTable(columns: columns, names: keptNames, weights: keptWeights, bias: bias, settings: settings)
    }

    static func format(_ value: Float) -> String {
        let rounded = (value * 10000).rounded() / 10000
        return rounded == 0 ? "0" : String(format: "%.4f", rounded)
    }
}

/// AdaGrad steps for sparse linear models: each weight's step shrinks with its own gradient history.
public struct AdaGrad: Sendable {
    public var learningRate: Float
    public var l2: Float
    var squares: [Float]
    var biasSquares: [Float]

    public init(weights: Int, columns: Int, learningRate: Float, l2: Float) {
        self.learningRate = learningRate
        self.l2 = l2
        squares = Array(repeating: 1e-6, count: weights)
        biasSquares = Array(repeating: 1e-6, count: columns)
    }

    /// Applies a gradient `g` for one column to the bias and the given features' weights.
    public mutating func step(column c: Int, gradient g: Float, features: [Int], width: Int,
                              weights: inout [Float], bias: inout [Float]) {
        biasSquares[c] += g * g
        bias[c] -= learningRate * g / biasSquares[c].squareRoot()
        for f in features {
            let w = f * width + c
            let gw = g + l2 * weights[w]
            squares[w] += gw * gw
            weights[w] -= learningRate * gw / squares[w].squareRoot()
        }
    }
}

/// Word (`w:`) and word-pair (`b:`) rows of a `WeightTable`, keyed by numbers, so a model can read a
/// tokenised text without building a feature name per word.
public struct NgramIndex: Sendable {
    private let wordIDs: WordMap<Int32>
    private let numberID: Int32
    private let unigramRows: [Int]
    private let bigramRows: PairTable

    /// Bits per word number, from `tagging`: read in the same pass as the rows.
    private let tags: [UInt32]

    /// Builds the index from the table's `w:` and `b:` feature names. Words never contain "_" once
    /// tokenised, so the first "_" of a pair name splits it. `tagging` gives words bits (a word's
    /// families, say) that `rows(for:keeping:tags:)` gathers while it reads the text.
    public init(table: WeightTable, tagging: [String: UInt32] = [:]) {
        var wordIDs: [String: Int32] = ["<s>": 0]
        func id(_ word: Substring) -> Int32 {
            if let known = wordIDs[String(word)] { return known }
            let next = Int32(wordIDs.count)
            wordIDs[String(word)] = next
            return next
        }
        var unigrams: [(Int32, Int)] = []
        var bigrams: [(UInt64, Int)] = []
        for (row, name) in table.names.enumerated() {
            if name.hasPrefix("w:") {
                unigrams.append((id(name.dropFirst(2)), row))
            } else if name.hasPrefix("b:") {
                let pair = name.dropFirst(2)
                guard let split = pair.firstIndex(of: "_") else { continue }
                bigrams.append((Self.key(id(pair[..<split]), id(pair[pair.index(after: split)...])), row))
            }
        }
        for word in tagging.keys.sorted() { _ = id(Substring(word)) }
        var rows = Array(repeating: -1, count: wordIDs.count)
        for (word, row) in unigrams { rows[Int(word)] = row }
        var tags = Array(repeating: UInt32(0), count: wordIDs.count)
        for (word, bits) in tagging { tags[Int(wordIDs[word]!)] = bits }
        self.tags = tags
        self.numberID = wordIDs["<num>"] ?? -1
        self.wordIDs = WordMap(wordIDs)
        self.unigramRows = rows
        self.bigramRows = PairTable(bigrams)
    }

    @inline(__always) static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// The rows for a text's words and word pairs, with their spans: numbers read as `<num>`, the text
    /// starts with `<s>`, and punctuation is skipped unless `keeping` names it.
    public func rows(for tokens: [Token], keeping punctuation: Set<String> = []) -> [(row: Int, span: Range<Int>)] {
        var unused: UInt32 = 0
        return rows(for: tokens, keeping: punctuation, tags: &unused)
    }

    /// The rows, as above, and the bits `tagging` gave the text's words, ORed together.
    public func rows(for tokens: [Token], keeping punctuation: Set<String> = [], tags found: inout UInt32)
        -> [(row: Int, span: Range<Int>)]
    {
        var rows: [(row: Int, span: Range<Int>)] = []
        rows.reserveCapacity(tokens.count * 2)
        var previous: Int32 = 0
        var previousStart = 0
        for i in tokens.indices {
            let kind = tokens[i].kind
            if kind == .punct, punctuation.isEmpty || !punctuation.contains(tokens[i].text) { continue }
            let id = kind == .number ? numberID : (wordIDs[tokens[i]] ?? -1)
            if id >= 0, kind != .punct { found |= tags[Int(id)] }
            let start = tokens[i].start
            if id >= 0, unigramRows[Int(id)] >= 0 { rows.append((unigramRows[Int(id)], start..<tokens[i].end)) }
            if id >= 0, previous >= 0, let row = bigramRows[Self.key(previous, id)] {
                rows.append((row, previousStart..<tokens[i].end))
            }
            previous = id
            previousStart = start
        }
        return rows
    }
}

/// A read-only open-addressed table from pairs of word numbers to rows; cheaper than a `Dictionary`,
/// which would run a seeded SipHash on every probe.
struct PairTable: Sendable {
    private let keys: [UInt64]
    private let rows: [Int]
    private let shift: UInt64
    private let mask: Int
    /// Word numbers are non-negative, so a pair's top bit is free to mark a slot as used.
    private static let used: UInt64 = 1 << 63

    init(_ pairs: [(UInt64, Int)]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, pairs.count * 2) { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var rows = [Int](repeating: -1, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for (pair, row) in pairs {
            let stored = pair | Self.used
            var i = Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[i] != 0 && keys[i] != stored { i = (i + 1) & mask }
            keys[i] = stored
            rows[i] = row
        }
        self.keys = keys
        self.rows = rows
    }

    @inline(__always) subscript(pair: UInt64) -> Int? {
        let stored = pair | Self.used
        var i = Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[i]
            if key == 0 { return nil }
            if key == stored { return rows[i] }
            i = (i + 1) & mask
        }
    }
}
