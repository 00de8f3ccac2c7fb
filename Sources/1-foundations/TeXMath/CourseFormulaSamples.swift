/// Representative formulas of the course's lessons (GAN, VAE, divergences, DCGAN, WGAN),
/// used by the tests, the `texmath` benchmark and the visual review page.
///
/// ```swift
/// for sample in CourseFormulaSamples.all {
///     _ = TeXConverter().convert(sample.tex, display: sample.display)
/// }
/// ```
public enum CourseFormulaSamples {
    /// One formula and whether it is display math.
    public struct Sample: Sendable {
        /// The TeX source, without the dollars.
        public var tex: String
        /// `true` for `$$…$$`.
        public var display: Bool
    }

    /// Every sample, in lesson order.
    public static let all: [Sample] = display.map { Sample(tex: $0, display: true) }
        + inline.map { Sample(tex: $0, display: false) }

    private static let display: [String] = [
        #"\min_G \max_D V(D, G) = \mathbb{E}_{x \sim p_{\text{data}}(x)}\left[\log D(x)\right] + \mathbb{E}_{z \sim p_z(z)}\left[\log\left(1 - D(G(z))\right)\right]"#,
        #"D^*(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}"#,
        #"C(G) = \max_D V(G, D) = -\log 4 + 2 \cdot \mathrm{JSD}\left(p_{\text{data}} \,\|\, p_g\right)"#,
        #"D_{\mathrm{KL}}(P \,\|\, Q) = \int_{-\infty}^{\infty} p(x) \log \frac{p(x)}{q(x)} \, \mathrm{d}x"#,
        #"\mathrm{JSD}(P \,\|\, Q) = \frac{1}{2} D_{\mathrm{KL}}\left(P \,\middle\|\, M\right) + \frac{1}{2} D_{\mathrm{KL}}\left(Q \,\middle\|\, M\right), \quad M = \tfrac{1}{2}(P + Q)"#,
        #"\theta^* = \arg\max_{\theta} \prod_{i=1}^{m} p_{\text{model}}(x^{(i)}; \theta) = \arg\max_{\theta} \sum_{i=1}^{m} \log p_{\text{model}}(x^{(i)}; \theta)"#,
        #"\arg\max_\theta \mathbb{E}_{x \sim p_{\text{data}}} \log p_{\text{model}}(x; \theta) \approx \arg\min_\theta D_{\mathrm{KL}}(p_{\text{data}} \| p_{\text{model}})"#,
        #"\log p_\theta(x) \ge \mathbb{E}_{z \sim q_\phi(z \mid x)}\left[\log p_\theta(x \mid z)\right] - D_{\mathrm{KL}}\left(q_\phi(z \mid x) \,\|\, p(z)\right)"#,
        #"-D_{\mathrm{KL}}\left(\mathcal{N}(\mu, \sigma^2) \,\|\, \mathcal{N}(0, 1)\right) = \frac{1}{2} \sum_{j=1}^{J} \left(1 + \log \sigma_j^2 - \mu_j^2 - \sigma_j^2\right)"#,
        #"z = \mu + \sigma \odot \varepsilon, \qquad \varepsilon \sim \mathcal{N}(0, I)"#,
        #"\mathcal{L}(\theta, \phi; x) = \underbrace{\| x - \hat{x} \|_2^2}_{\text{重建误差}} + \beta \, \underbrace{D_{\mathrm{KL}}\left(q_\phi(z \mid x) \| p(z)\right)}_{\text{KL 项}}"#,
        #"W(P, Q) = \inf_{\gamma \in \Pi(P, Q)} \mathbb{E}_{(x, y) \sim \gamma}\left[\| x - y \|\right]"#,
        #"W(P_r, P_\theta) = \sup_{\|f\|_L \le 1} \mathbb{E}_{x \sim P_r}[f(x)] - \mathbb{E}_{x \sim P_\theta}[f(x)]"#,
        #"L = \underset{\tilde{x} \sim P_g}{\mathbb{E}}\left[D(\tilde{x})\right] - \underset{x \sim P_r}{\mathbb{E}}\left[D(x)\right] + \lambda \underset{\hat{x} \sim P_{\hat{x}}}{\mathbb{E}}\left[\left(\|\nabla_{\hat{x}} D(\hat{x})\|_2 - 1\right)^2\right]"#,
        #"o = \left\lfloor \frac{i + 2p - k}{s} \right\rfloor + 1"#,
        #"\hat{z} = \arg\min_{z} \; \| M \odot (G(z) - y) \|_1 + \lambda \log\left(1 - D(G(z))\right)"#,
        #"x_{\text{修复}} = M \odot y + (1 - M) \odot G(\hat{z})"#,
        #"\begin{aligned} m_t &= \beta_1 m_{t-1} + (1 - \beta_1) g_t \\ v_t &= \beta_2 v_{t-1} + (1 - \beta_2) g_t^2 \\ \theta_t &= \theta_{t-1} - \alpha \frac{\hat{m}_t}{\sqrt{\hat{v}_t} + \epsilon} \end{aligned}"#,
        #"\mathrm{ReLU}(x) = \max(0, x) = \begin{cases} x, & x > 0 \\ 0, & \text{否则} \end{cases}"#,
        #"\mathrm{LeakyReLU}(x) = \begin{cases} x & \text{if } x \ge 0 \\ 0.2\,x & \text{if } x < 0 \end{cases}"#,
        #"W = \begin{pmatrix} w_{11} & w_{12} & \cdots & w_{1n} \\ \vdots & \vdots & \ddots & \vdots \\ w_{m1} & w_{m2} & \cdots & w_{mn} \end{pmatrix}"#,
        #"\nabla_{\theta_d} \frac{1}{m} \sum_{i=1}^{m} \left[\log D\left(x^{(i)}\right) + \log\left(1 - D\left(G\left(z^{(i)}\right)\right)\right)\right]"#,
        #"p_g(x) = \int_z p_z(z) \, \delta\left(x - G(z)\right) \mathrm{d}z"#,
        #"\mathrm{KL}(p \| q) = \sum_x p(x) \log \frac{p(x)}{q(x)} \ge 0 \tag{2.1}"#,
        #"\frac{\partial}{\partial \theta} \log\left(1 - D(G(z))\right) = -\frac{D'(G(z))}{1 - D(G(z))} \frac{\partial G(z)}{\partial \theta}"#,
        #"W(P_0, P_\theta) = |\theta|, \quad \mathrm{JS}(P_0, P_\theta) = \begin{cases} \log 2 & \theta \neq 0 \\ 0 & \theta = 0 \end{cases}"#,
        #"W_1(P, Q) = \int_{-\infty}^{\infty} \left| F_P(x) - F_Q(x) \right| \mathrm{d}x"#,
        #"\mu_k = \left(2\cos\frac{2\pi k}{8}, \; 2\sin\frac{2\pi k}{8}\right), \quad k = 0, 1, \ldots, 7"#,
        #"\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e"#,
        #"\operatorname*{arg\,min}_{G} \max_{D} \; V(D, G) \iff p_g = p_{\text{data}}"#,
        #"x' = x - \eta \nabla_x \mathcal{L}, \qquad f''(x) \geq 0"#,
        #"\mathbf{y} = W^\top \mathbf{x} + \mathbf{b}, \quad W \in \mathbb{R}^{n \times m}"#,
        #"\binom{n}{k} = \frac{n!}{k!\,(n-k)!}"#,
        #"\sigma(x) = \frac{1}{1 + e^{-x}}, \qquad \tanh(x) = \frac{e^x - e^{-x}}{e^x + e^{-x}}"#,
        #"\left\| \nabla_{\hat{x}} D(\hat{x}) \right\|_2 \le 1 \quad \forall \hat{x} \sim \mathbb{P}_{\hat{x}}"#,
        #"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix} \begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc"#,
        #"\begin{array}{lcr} \text{层} & \text{输出尺寸} & \text{参数} \\ \mathrm{Conv} & 14 \times 14 \times 64 & 1\,664 \end{array}"#,
    ]

    private static let inline: [String] = [
        #"D(x) \approx \tfrac{1}{2}"#,
        #"p_{\text{data}}"#,
        #"z \sim \mathcal{U}(-1, 1)^{100}"#,
        #"\mathrm{lr} = 2 \times 10^{-4}, \beta_1 = 0.5"#,
        #"\mathcal{N}(0, 0.02)"#,
        #"\sum_{i=1}^{n} x_i"#,
        #"\mathrm{JS}(P \| Q) \le \log 2"#,
        #"\hat{x} = \epsilon x + (1 - \epsilon) \tilde{x}"#,
        #"\lambda \cdot (\|\nabla D(\hat{x})\|_2 - 1)^2"#,
        #"c = 0.01"#,
        #"n_{\text{critic}} = 5"#,
        #"\theta \in [-c, c]"#,
        #"\mu, \log \sigma^2"#,
        #"-\log D(G(z))"#,
        #"\log(1 - D(G(z)))"#,
    ]
}
