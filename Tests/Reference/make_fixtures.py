#!/usr/bin/env python3
"""Writes Tests/GANEngineTests/Fixtures/torch_reference.json: PyTorch parity fixtures for GANEngine.

Every input and parameter is a float32 value (random numbers rounded to 4 decimals, then to
float32); the forward and backward passes are computed by PyTorch in float64 from those exact
float32 values, and every result is rounded to float32 when written. The fixtures therefore hold
the float32-rounded *exact* answer, and a Float32 engine should agree to its own rounding error
(relative tolerance ~1e-4 for reductions, ~1e-5 elementwise).

Usage (from the repository root):
    /work/torch-venv/bin/python Tests/Reference/make_fixtures.py
The schema is documented in Tests/Reference/README.md.
"""
import json
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "GANEngineTests", "Fixtures", "torch_reference.json")
RNG = np.random.default_rng(20261127)


# ---------------------------------------------------------------- helpers

def f32(v):
    """The shortest decimal that round-trips the float32 nearest to v, as a Python float."""
    return float(str(np.float32(v)))


def enc(t):
    """Tensor -> {"shape": [...], "data": [flat row-major float32 values]}."""
    a = t.detach().cpu().numpy() if isinstance(t, torch.Tensor) else np.asarray(t)
    return {"shape": list(a.shape), "data": [f32(v) for v in a.reshape(-1).tolist()]}


def rand(*shape, low=-1.0, high=1.0, avoid_zero=False):
    """Uniform random float32 values rounded to 4 decimals, returned as a float64 tensor."""
    a = RNG.uniform(low, high, size=shape)
    if avoid_zero:  # keep |a| >= 0.05 so kinks (ReLU, |x|) are never hit
        a = np.where(np.abs(a) < 0.05, np.sign(a + 1e-12) * 0.05 + a, a)
    a = np.round(a, 4).astype(np.float32).astype(np.float64)
    return torch.tensor(a)


def as_f32(t):
    """Rounds a float64 tensor to float32 values (kept as float64 for the computation)."""
    return t.to(torch.float32).to(torch.float64)


def set_params(module, scale=0.5):
    """Overwrites every parameter with rounded float32 random values (deterministic)."""
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(rand(*p.shape, low=-scale, high=scale))
    return module


def grads_of(named):
    return {k: enc(v.grad) for k, v in named.items()}


CASES = []


def layer_case(name, module, config, x, train=True, buffers=False):
    module.train(train)
    set_params(module)
    before = None
    if buffers:
        with torch.no_grad():
            module.running_mean.copy_(rand(*module.running_mean.shape, low=-0.5, high=0.5))
            module.running_var.copy_(rand(*module.running_var.shape, low=0.5, high=1.5))
        before = {"running_mean": enc(module.running_mean), "running_var": enc(module.running_var)}
    x = x.clone().requires_grad_(True)
    y = module(x)
    upstream = rand(*y.shape)
    (y * upstream).sum().backward()
    case = {
        "name": name, "kind": "layer", "config": dict(config, train=train),
        "inputs": {"x": enc(x)},
        "parameters": {k: enc(p) for k, p in module.named_parameters()},
        "output": enc(y), "upstream": enc(upstream),
        "grads": dict({"x": enc(x.grad)}, **{k: enc(p.grad) for k, p in module.named_parameters()}),
    }
    if buffers:
        case["buffers_before"] = before
        case["buffers_after"] = {"running_mean": enc(module.running_mean),
                                 "running_var": enc(module.running_var)}
    CASES.append(case)


def function_case(name, kind, config, inputs, fn, upstream_scalar=None):
    """A differentiable function of named inputs (activation, op, loss)."""
    leaves = {k: v.clone().requires_grad_(requires) for k, (v, requires) in inputs.items()}
    y = fn(**leaves)
    upstream = rand(*y.shape) if upstream_scalar is None else torch.tensor(upstream_scalar)
    (y * upstream).sum().backward()
    CASES.append({
        "name": name, "kind": kind, "config": config,
        "inputs": {k: enc(v) for k, v in leaves.items()},
        "output": enc(y), "upstream": enc(upstream),
        "grads": {k: enc(v.grad) for k, v in leaves.items() if v.requires_grad},
    })


# ---------------------------------------------------------------- layers

def layers():
    layer_case("linear", nn.Linear(4, 3), {"layer": "Linear", "in_features": 4, "out_features": 3,
                                           "bias": True}, rand(5, 4))
    for k, size in ((3, 5), (4, 6)):
        layer_case(f"conv2d_k{k}_s2_p1", nn.Conv2d(2, 3, k, stride=2, padding=1),
                   {"layer": "Conv2d", "in_channels": 2, "out_channels": 3, "kernel_size": k,
                    "stride": 2, "padding": 1, "bias": True}, rand(2, 2, size, size))
    layer_case("conv_transpose2d_k4_s2_p1", nn.ConvTranspose2d(3, 2, 4, stride=2, padding=1),
               {"layer": "ConvTranspose2d", "in_channels": 3, "out_channels": 2, "kernel_size": 4,
                "stride": 2, "padding": 1, "output_padding": 0, "bias": True}, rand(2, 3, 3, 3))
    layer_case("conv_transpose2d_k3_s2_p1_op1",
               nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1),
               {"layer": "ConvTranspose2d", "in_channels": 3, "out_channels": 2, "kernel_size": 3,
                "stride": 2, "padding": 1, "output_padding": 1, "bias": True}, rand(2, 3, 3, 3))
    for train in (True, False):
        mode = "train" if train else "eval"
        layer_case(f"batchnorm1d_{mode}", nn.BatchNorm1d(4, momentum=0.1, eps=1e-5),
                   {"layer": "BatchNorm1d", "num_features": 4, "momentum": 0.1, "eps": 1e-5},
                   rand(6, 4, low=-2, high=2), train=train, buffers=True)
        layer_case(f"batchnorm2d_{mode}", nn.BatchNorm2d(3, momentum=0.1, eps=1e-5),
                   {"layer": "BatchNorm2d", "num_features": 3, "momentum": 0.1, "eps": 1e-5},
                   rand(2, 3, 4, 4, low=-2, high=2), train=train, buffers=True)
    for name, module, config in (
        ("relu", nn.ReLU(), {"layer": "ReLU"}),
        ("leaky_relu_0.2", nn.LeakyReLU(0.2), {"layer": "LeakyReLU", "negative_slope": 0.2}),
        ("tanh", nn.Tanh(), {"layer": "Tanh"}),
        ("sigmoid", nn.Sigmoid(), {"layer": "Sigmoid"}),
    ):
        layer_case(name, module, config, rand(3, 5, low=-3, high=3, avoid_zero=True))


# ---------------------------------------------------------------- losses

def losses():
    probs = rand(4, 3, low=0.05, high=0.95)
    target = rand(4, 3, low=0.0, high=1.0)
    target[0, 0], target[1, 1] = 0.0, 1.0  # hard labels as well as soft ones
    logits = rand(4, 3, low=-4, high=4)
    pred, goal = rand(4, 3), rand(4, 3)
    pred_l1 = as_f32(goal + rand(4, 3, avoid_zero=True))  # never pred == goal (|.| kink)
    mean = {"reduction": "mean"}
    function_case("bce", "loss", dict(mean, loss="BCELoss", input="probabilities"),
                  {"input": (probs, True), "target": (target, False)},
                  lambda input, target: F.binary_cross_entropy(input, target), 1.0)
    function_case("bce_with_logits", "loss", dict(mean, loss="BCEWithLogitsLoss"),
                  {"input": (logits, True), "target": (target, False)},
                  lambda input, target: F.binary_cross_entropy_with_logits(input, target), 1.0)
    function_case("mse", "loss", dict(mean, loss="MSELoss"),
                  {"input": (pred, True), "target": (goal, True)},
                  lambda input, target: F.mse_loss(input, target), 1.0)
    function_case("l1", "loss", dict(mean, loss="L1Loss"),
                  {"input": (pred_l1, True), "target": (goal, True)},
                  lambda input, target: F.l1_loss(input, target), 1.0)

    def vae_kl(mu, logvar):
        return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / mu.shape[0]

    function_case("vae_kl", "loss",
                  {"loss": "GaussianKL", "reduction": "sum over all elements / batch (dim 0)",
                   "formula": "-0.5 * sum(1 + logvar - mu^2 - exp(logvar)) / mu.shape[0]"},
                  {"mu": (rand(4, 3), True), "logvar": (rand(4, 3, low=-1.5, high=1.0), True)},
                  vae_kl, 1.0)


# ---------------------------------------------------------------- ops

def ops():
    def binary(name, op, fn, sa, sb, b_low=-1.0, b_high=1.0):
        function_case(name, "op", {"op": op}, {"a": (rand(*sa), True),
                                               "b": (rand(*sb, low=b_low, high=b_high), True)}, fn)

    binary("add_broadcast_2x3_3", "add", lambda a, b: a + b, (2, 3), (3,))
    binary("sub_broadcast_2x3_3", "sub", lambda a, b: a - b, (2, 3), (3,))
    binary("mul_broadcast_2x1x3_4x1", "mul", lambda a, b: a * b, (2, 1, 3), (4, 1))
    binary("div_broadcast_2x3_3", "div", lambda a, b: a / b, (2, 3), (3,), 0.5, 2.0)
    binary("matmul_3x4_4x2", "matmul", lambda a, b: a @ b, (3, 4), (4, 2))
    binary("batched_matmul_2x3x4_2x4x5", "matmul", lambda a, b: a @ b, (2, 3, 4), (2, 4, 5))

    def unary(name, config, fn, shape=(3, 4), low=-3.0, high=3.0):
        function_case(name, "op", config, {"x": (rand(*shape, low=low, high=high), True)}, fn)

    unary("softplus", {"op": "softplus"}, lambda x: F.softplus(x))
    unary("exp", {"op": "exp"}, lambda x: x.exp())
    unary("log", {"op": "log"}, lambda x: x.log(), low=0.1, high=3.0)
    unary("logsumexp_axis1", {"op": "logsumexp", "axes": [1], "keepdim": False},
          lambda x: torch.logsumexp(x, dim=1))
    unary("sum_axes_0_2", {"op": "sum", "axes": [0, 2], "keepdim": False},
          lambda x: x.sum(dim=(0, 2)), shape=(2, 3, 4))
    unary("sum_all", {"op": "sum", "axes": None, "keepdim": False}, lambda x: x.sum(),
          shape=(2, 3, 4))
    unary("mean_axis1_keepdim", {"op": "mean", "axes": [1], "keepdim": True},
          lambda x: x.mean(dim=1, keepdim=True), shape=(2, 3, 4))
    unary("mean_all", {"op": "mean", "axes": None, "keepdim": False}, lambda x: x.mean(),
          shape=(2, 3, 4))


# ---------------------------------------------------------------- optimizers

def optimizer_case(name, config, make):
    p = nn.Parameter(rand(6))
    opt = make([p])
    case = {"name": name, "kind": "optimizer", "config": config,
            "parameters": {"p": enc(p)}, "steps": []}
    for _ in range(3):
        g = rand(6)
        p.grad = g.clone()
        opt.step()
        state = {k: enc(v) for k, v in opt.state[p].items()
                 if isinstance(v, torch.Tensor) and v.numel() == p.numel()}
        case["steps"].append({"grad": enc(g), "param_after": enc(p), "state_after": state})
    CASES.append(case)


def optimizers():
    adam = {"optimizer": "Adam", "lr": 1e-3, "betas": [0.5, 0.999], "eps": 1e-8}
    optimizer_case("adam", dict(adam, weight_decay=0.0),
                   lambda ps: torch.optim.Adam(ps, lr=1e-3, betas=(0.5, 0.999), eps=1e-8))
    optimizer_case("adam_weight_decay", dict(adam, weight_decay=0.01),
                   lambda ps: torch.optim.Adam(ps, lr=1e-3, betas=(0.5, 0.999), eps=1e-8,
                                               weight_decay=0.01))
    optimizer_case("rmsprop", {"optimizer": "RMSprop", "lr": 1e-2, "alpha": 0.99, "eps": 1e-8,
                               "weight_decay": 0.0, "momentum": 0.0, "centered": False},
                   lambda ps: torch.optim.RMSprop(ps, lr=1e-2, alpha=0.99, eps=1e-8))
    optimizer_case("sgd_momentum", {"optimizer": "SGD", "lr": 0.1, "momentum": 0.9,
                                    "dampening": 0.0, "nesterov": False, "weight_decay": 0.0},
                   lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9))
    optimizer_case("sgd_nesterov", {"optimizer": "SGD", "lr": 0.1, "momentum": 0.9,
                                    "dampening": 0.0, "nesterov": True, "weight_decay": 0.0},
                   lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True))


# ---------------------------------------------------------------- gradient penalty

def gradient_penalty():
    critic = set_params(nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 8),
                                      nn.Tanh(), nn.Linear(8, 1)), scale=0.8)
    xhat = rand(5, 2, low=-2, high=2).requires_grad_(True)
    d = critic(xhat)
    (grad_x,) = torch.autograd.grad(d.sum(), xhat, create_graph=True)
    norms = grad_x.norm(2, dim=1)
    gp = ((norms - 1) ** 2).mean()
    gp.backward()
    CASES.append({
        "name": "gradient_penalty_mlp", "kind": "gradient_penalty",
        "config": {"critic": ["Linear(2,8)", "LeakyReLU(0.2)", "Linear(8,8)", "Tanh",
                              "Linear(8,1)"],
                   "formula": "mean over rows of (||d sum(D(xhat)) / d xhat_row||_2 - 1)^2"},
        "inputs": {"xhat": enc(xhat)},
        "parameters": {k: enc(p) for k, p in critic.named_parameters()},
        "intermediates": {"critic_output": enc(d), "grad_xhat": enc(grad_x),
                          "grad_norm": enc(norms)},
        "output": enc(gp), "upstream": enc(torch.tensor(1.0)),
        "grads": dict({"xhat": enc(xhat.grad)},
                      # the last bias does not influence d D / d xhat: torch leaves its grad
                      # as None; the fixture records the mathematically correct zeros.
                      **{k: enc(p.grad if p.grad is not None else torch.zeros_like(p))
                         for k, p in critic.named_parameters()}),
    })


def main():
    layers()
    losses()
    ops()
    optimizers()
    gradient_penalty()
    names = [c["name"] for c in CASES]
    if len(set(names)) != len(names):
        sys.exit("duplicate case names")
    doc = {"version": 1, "torch": torch.__version__.split("+")[0],
           "generator": "Tests/Reference/make_fixtures.py", "cases": CASES}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"wrote {len(CASES)} cases, {os.path.getsize(OUT)} bytes to {OUT}")


if __name__ == "__main__":
    main()
