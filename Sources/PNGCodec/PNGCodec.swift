// The PNGCodec module. See README.md, Architecture.
public enum PNGCodecModule { public static let name = "PNGCodec" }
