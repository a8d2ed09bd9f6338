/// The LOINC codes SpeakUp exports, pinned in one table.
///
/// Public code often carries wrong LOINC codes, so these are copied from CLINICAL.md ("Codes for
/// export") and tested against it; an instrument file with the same id must carry exactly these
/// codes or it fails to load.
public enum LOINC {
    /// The FHIR code system URL for LOINC.
    public static let system = "http://loinc.org"

    /// Every code one questionnaire uses.
    public struct InstrumentCodes: Sendable, Equatable {
        /// How people name the questionnaire (`PHQ-9`), for messages.
        public var name: String
        /// The questionnaire as a whole.
        public var panel: String
        /// The total score.
        public var total: String
        /// Scored items, by item number.
        public var items: [Int: String]
        /// Answer codes of the scored items' options, by option value.
        public var answers: [Int: String]
        /// Unscored items, by item number.
        public var unscoredItems: [Int: String]
        /// Answer codes of the unscored items' own options: item number → option value → code.
        public var unscoredAnswers: [Int: [Int: String]]
    }

    /// "Not at all" (0), "Several days" (1), "More than half the days" (2), "Nearly every day" (3).
    static let frequencyAnswers: [Int: String] = [0: "LA6568-5", 1: "LA6569-3", 2: "LA6570-1", 3: "LA6571-9"]

    public static let phq9 = InstrumentCodes(
        name: "PHQ-9",
        panel: "44249-1",
        total: "44261-6",
        items: [
            1: "44250-9", 2: "44255-8", 3: "44259-0", 4: "44254-1", 5: "44251-7", 6: "44258-2",
            7: "44252-5", 8: "44253-3", 9: "44260-8",
        ],
        answers: frequencyAnswers,
        unscoredItems: [10: "69722-7"],
        // The difficulty item's answers, as in the shared PHQ-9 file: "Very difficult" is LA6575-0 and
        // "Extremely difficult" LA6574-3 (the numbers run the other way from the labels).
        unscoredAnswers: [10: [0: "LA6572-7", 1: "LA6573-5", 2: "LA6575-0", 3: "LA6574-3"]]
    )

    /// The GAD-7 uses the same frequency answer list as the PHQ-9 (as the shared GAD-7 file does).
    public static let gad7 = InstrumentCodes(
        name: "GAD-7",
        panel: "69737-5",
        total: "70274-6",
        items: [1: "69725-0", 2: "68509-9", 3: "69733-4", 4: "69734-2", 5: "69735-9", 6: "69689-8", 7: "69736-7"],
        answers: frequencyAnswers,
        unscoredItems: [:],
        unscoredAnswers: [:]
    )

    /// The pinned codes by instrument id.
    public static let pinned: [String: InstrumentCodes] = ["phq9": phq9, "gad7": gad7]

    /// True for a LOINC term code (`44261-6`) whose check digit is right.
    ///
    /// LOINC's check digit is the Mod 10 (Luhn) digit of the number before the hyphen, so most
    /// one-digit typos and swaps of neighbouring digits fail here.
    public static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let check = Int(parts[1]), parts[1].count == 1, !parts[0].isEmpty, parts[0].count <= 7,
            parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber)
        else { return false }
        return checkDigit(String(parts[0])) == check
    }

    /// True for something shaped like a LOINC answer code (`LA6568-5`).
    public static func isAnswerCode(_ code: String) -> Bool {
        guard code.hasPrefix("LA") else { return false }
        let parts = code.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && (1...6).contains(parts[0].count) && parts[1].count == 1
            && (parts[0] + parts[1]).allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func checkDigit(_ digits: String) -> Int {
        var sum = 0
        for (position, character) in digits.reversed().enumerated() {
            let digit = character.wholeNumberValue ?? 0
            if position % 2 == 0 {
                let doubled = digit * 2
                sum += doubled / 10 + doubled % 10
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }
}
