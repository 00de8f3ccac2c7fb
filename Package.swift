// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the numeric code need AVX2/FMA code generation; the flag is only
/// used inside this package (SwiftPM forbids unsafe flags in dependencies, not at the root).
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-march=x86-64-v3"]),
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ganbook", targets: ["ganbook"]),
        .executable(name: "ganbook-bench", targets: ["ganbook-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries (Debian packages, found through pkg-config).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        // Leaf modules: each testable alone.
        .target(name: "PNGCodec", dependencies: ["CPNG"]),
        .target(name: "GANEngine", dependencies: ["COpenBLAS"], swiftSettings: numericSettings),
        .target(name: "CellScript"),
        .target(name: "Figures", dependencies: ["PNGCodec"]),
        .target(name: "TeXMath"),
        .target(name: "Distributions"),

        // Lessons, cells, execution, freeze.
        .target(name: "Notebook", dependencies: [
            "CCmarkGFM", "CellScript", "GANEngine", "Distributions", "Figures", "PNGCodec",
            .product(name: "Yams", package: "Yams"),
        ]),
        // HTML pages, math, search, assets.
        .target(name: "Site", dependencies: ["Notebook", "TeXMath", "CellScript"]),
        // `ganbook serve`: the site over HTTP on 127.0.0.1 with live reload.
        .target(name: "PreviewServer", dependencies: [
            "Site", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .target(name: "GANBookCLI", dependencies: [
            "Site", "Notebook", "PreviewServer", "GANEngine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "ganbook", dependencies: ["GANBookCLI"]),
        .executableTarget(name: "ganbook-bench",
                          dependencies: ["GANEngine", "CellScript", "Figures", "PNGCodec", "TeXMath", "Distributions", "Site", "Notebook"],
                          swiftSettings: numericSettings),

        .testTarget(name: "GANEngineTests", dependencies: ["GANEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CellScriptTests", dependencies: ["CellScript"], resources: [.copy("Scripts")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "PNGCodec"], resources: [.copy("Golden")]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"]),
        .testTarget(name: "DistributionsTests", dependencies: ["Distributions"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "GANBookCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "Site"]),
    ]
)
