namespace CodeAssure.Data.Entities;

/// <summary>The support a product version gets (principle 4.1).</summary>
public enum SupportLevel
{
    /// <summary>Features, bug fixes and security fixes.</summary>
    Full = 0,

    /// <summary>Security fixes only.</summary>
    SecurityFixesOnly = 1,

    /// <summary>No longer supported.</summary>
    None = 2,
}
