// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the numeric code drop Swift's bounds checks. No `-march` flag: the engine
/// picks its AVX-512, AVX2 or portable kernels at run time (target CEngineKernels), so one build
/// runs on any x86-64 or arm64 CPU.
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v15)],
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
        // System libraries (Debian/Ubuntu or Homebrew packages, found through pkg-config).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        // CPU detection and the engine's x86 kernels (per-function target attributes).
        // -O2 also in debug builds: the tests run these kernels on large products.
        .target(name: "CEngineKernels", cSettings: [.unsafeFlags(["-O2"])]),

        // Leaf modules: each testable alone.
        .target(name: "PNGCodec", dependencies: ["CPNG"]),
        // exp, log, sin, … with the same bits on every CPU and libm (engine, distributions, cells).
        .target(name: "PortableMath"),
        .target(name: "GANEngine", dependencies: ["CEngineKernels", "PortableMath"], swiftSettings: numericSettings),
        .target(name: "CellScript", dependencies: ["PortableMath"]),
        .target(name: "Figures", dependencies: ["PNGCodec"]),
        .target(name: "TeXMath"),
        .target(name: "Distributions", dependencies: ["PortableMath"]),

        // Lessons, cells, execution, freeze.
        .target(name: "Notebook", dependencies: [
            "CCmarkGFM", "CellScript", "GANEngine", "PortableMath", "Distributions", "Figures", "PNGCodec",
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
        .testTarget(name: "PortableMathTests", dependencies: ["PortableMath"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "GANBookCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "Site"]),
    ]
)
