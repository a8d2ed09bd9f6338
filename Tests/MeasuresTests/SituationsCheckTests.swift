import Domain
import Measures
import Testing

@Suite("The SpeakUp situations check is a labelled self-monitoring tool")
struct SituationsCheckTests {
    static let skills = [
        "saying-no", "making-requests", "giving-opinions", "disagreeing", "receiving-criticism",
        "receiving-compliments", "giving-compliments", "setting-limits",
    ]
    static let people = ["family", "friends", "work", "strangers"]

    @Test("labelled as self-monitoring, with no bands, caseness or reliable-change claims")
    func labelled() throws {
        let check = try bundled("situations")
        #expect(check.kind == .selfMonitoring)
        #expect(check.kind.notice?.contains("not a validated scale") == true)
        #expect(check.about?.contains("not a validated scale") == true)
        #expect(check.bands.isEmpty)
        #expect(check.caseness == nil)
        #expect(check.reliableChange == nil)
        #expect(check.loincPanel == nil && check.loincTotal == nil)
    }

    @Test("24 or more situations, each rated for discomfort and for likelihood, 1 to 5")
    func situations() throws {
        let check = try bundled("situations")
        #expect(check.items.count >= 48)
        #expect(check.items.count % 2 == 0)
        var groups: [String] = []
        for pair in stride(from: 0, to: check.items.count, by: 2) {
            let discomfort = check.items[pair], likelihood = check.items[pair + 1]
            let group = try #require(discomfort.group)
            #expect(
                likelihood.group == group, "items \(discomfort.number) and \(likelihood.number) rate the same situation"
            )
            #expect(!groups.contains(group), "situation \"\(group)\" appears twice")
            groups.append(group)
            #expect(check.options(for: discomfort).map(\.value) == [1, 2, 3, 4, 5])
            #expect(check.options(for: likelihood).map(\.value) == [1, 2, 3, 4, 5])
            #expect(discomfort.text.contains("uncomfortable"))
            #expect(likelihood.text.contains("likely"))
        }
        #expect(groups.count >= 24)
        #expect(check.totalItems == check.items.filter { $0.number % 2 == 0 }.map(\.number))
    }

    @Test("a profile by skill and by who it is with, covering every situation")
    func profile() throws {
        let check = try bundled("situations")
        let ids = Set(check.subscales.map(\.id))
        for name in Self.skills + Self.people {
            #expect(ids.contains("\(name)-discomfort"), "\(name)")
            #expect(ids.contains("\(name)-likelihood"), "\(name)")
        }
        let discomfortItems = Set(check.items.filter { $0.number % 2 == 1 }.map(\.number))
        let bySkill = Self.skills.flatMap { skill in
            check.subscales.first { $0.id == "\(skill)-discomfort" }?.items ?? []
        }
        let byPeople = Self.people.flatMap { who in check.subscales.first { $0.id == "\(who)-discomfort" }?.items ?? []
        }
        // Each situation belongs to exactly one skill and one kind of relationship.
        #expect(bySkill.sorted() == discomfortItems.sorted())
        #expect(byPeople.sorted() == discomfortItems.sorted())
        for subscale in check.subscales {
            let odd = subscale.items.allSatisfy { $0 % 2 == 1 }, even = subscale.items.allSatisfy { $0 % 2 == 0 }
            #expect(odd || even, "\(subscale.id) mixes discomfort and likelihood")
            #expect(subscale.better == (odd ? .lower : .higher), "\(subscale.id)")
            #expect(subscale.method == .mean)
        }
    }

    @Test("a self-monitoring file may not claim bands, caseness or reliable change")
    func noClaims() {
        let base = """
            id: mine
            title: Mine
            kind: self_monitoring
            licence: ours
            stem: Rate these.
            options: [{value: 1, label: low}, {value: 5, label: high}]
            items: [{n: 1, text: One}, {n: 2, text: Two}]
            total: {min: 2, max: 10}
            better: higher

            """
        #expect(
            problems(base + "bands: [{from: 2, to: 10, label: fine}]\n") == [
                "test.yaml:10:8: a self-monitoring tool has no bands: its numbers carry no clinical meaning"
            ])
        #expect(
            problems(base + "caseness: {at_least: 5}\n") == [
                "test.yaml:10:11: a self-monitoring tool has no caseness threshold: its numbers carry no clinical meaning"
            ])
        #expect(
            problems(base + "reliable_change: {points: 2, source: me}\n") == [
                "test.yaml:10:18: a self-monitoring tool has no reliable-change criterion: it has no published reliability"
            ])
    }
}
