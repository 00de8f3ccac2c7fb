// The Distributions module: 1-D distributions and divergences.
public enum DistributionsModule {}
