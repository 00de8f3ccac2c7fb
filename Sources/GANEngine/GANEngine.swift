// The GANEngine module. See README.md, Architecture.
public enum GANEngineModule { public static let name = "GANEngine" }
