namespace CodeAssure.Catalog;

/// <summary>How much a repository scan (<c>codeassure scan</c>) can evidence a claim on its own.</summary>
public enum ScanCoverage
{
    /// <summary>Only human evidence (documents, records, interviews) can show the claim holds.</summary>
    Manual,

    /// <summary>A scan gives supporting facts; human evidence is still needed.</summary>
    Supporting,

    /// <summary>A scan can evidence the claim by itself.</summary>
    Automatic,
}
