import Testing
@testable import GANEngine
