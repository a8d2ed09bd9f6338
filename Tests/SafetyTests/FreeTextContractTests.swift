import Safety
import TestSupport
import Testing

@Suite("The free-text contract helper")
struct FreeTextContractTests {
    @Test("a path that screens, keeps and records passes")
    func compliant() async {
        let problems = await FreeTextContract.verify { text in
            StoredFreeText(text: text, safetyFlagged: SafetyScreen.check(text).isCrisis)
        }
        #expect(problems.isEmpty)
    }

    @Test("a path that drops crisis text, or forgets the flag, is caught")
    func nonCompliant() async {
        let dropping = await FreeTextContract.verify { text in
            SafetyScreen.check(text).isCrisis ? nil : StoredFreeText(text: text, safetyFlagged: false)
        }
        #expect(dropping == ["the text was not stored: \"\(FreeTextContract.crisisText)\""])
        let forgetful = await FreeTextContract.verify { StoredFreeText(text: $0, safetyFlagged: false) }
        #expect(forgetful == ["the screen's finding was not recorded"])
    }
}
