import Domain
import Foundation

/// Files of this repository, for tests that read the labelled data or content.
public enum RepositoryFiles {
    /// The repository root, found from this source file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}

/// Awkward inputs every text reader must survive: empty, emoji only, very long, broken surrogates,
/// right-to-left text, control characters, invisible characters, and seeded random Unicode.
public enum HostileText {
    public static func samples(count: Int = 300, seed: UInt64 = 42) -> [String] {
        var fixed: [String] = [
            "", " ", "\n\n\n", "🙂", "😡😡😡🙄", String(repeating: "🙂", count: 3000),
            String(repeating: "sorry ", count: 1700), String(repeating: "a", count: 10_000),
            String(decoding: [0xD800, 0x0061, 0xDC00, 0x0062] as [UInt16], as: UTF16.self),
            "مرحبا، لا أستطيع الحضور غدا", "שלום, אני לא יכול", "\u{202E}gnikcaj\u{202C}", "\u{0000}\u{0007}\u{001B}[31m",
            "k\u{200B}i\u{200B}l\u{200B}l", "...!!!???,,,;;;", "'''\"\"\"", "- - - -", "I I I I I I",
            String(repeating: "no. ", count: 2500), String(repeating: "kill myself ", count: 800),
            "e\u{0301}\u{0301}\u{0301}\u{0301}", "👩‍👩‍👧‍👦👍🏽", "ｆｕｌｌｗｉｄｔｈ", "𝕗𝕒𝕟𝕔𝕪 𝖙𝖊𝖝𝖙",
        ]
        var random = SeededRandom(seed: seed)
        let pools: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x24F, 0x400...0x4FF, 0x590...0x6FF, 0x1F300...0x1FAFF,
                                           0x2000...0x206F, 0xFE00...0xFE0F, 0x0...0x1F, 0x4E00...0x4FFF]
        for _ in 0..<count {
            let length = Int(random.next() % 400)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                let pool = pools[Int(random.next() % UInt64(pools.count))]
                let value = pool.lowerBound + UInt32(random.next() % UInt64(pool.count))
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            fixed.append(String(scalars))
        }
        return fixed
    }
}
