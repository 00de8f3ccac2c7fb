public enum SiteModule {}
