import Domain
import Foundation
import Measures
import Testing

@Suite("The instrument catalogue")
struct CatalogTests {
    @Test("the bundled instruments come in a fixed order")
    func order() {
        #expect(
            InstrumentCatalog.bundled.instruments.map(\.id) == [
                "phq9", "gad7", "rses", "ipip-assertiveness", "ipip-cooperation", "situations",
            ])
    }

    @Test("an imported instrument is added, but never replaces a bundled one")
    func imports() throws {
        let ras = try InstrumentParser.parse(contentsOf: try fixture("ras.yaml").url)
        var fake = try bundled("gad7")
        fake.bands = []
        let (catalog, refused) = InstrumentCatalog.bundled.adding([ras, fake])
        #expect(catalog.instrument("ras")?.key == "rathus")
        #expect(catalog.instrument("gad7")?.bands.count == 4)
        #expect(refused.map(\.id) == ["gad7"])
        #expect(catalog.instruments.count == 7)
    }
}
