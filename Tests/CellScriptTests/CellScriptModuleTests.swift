import Testing
@testable import CellScript
