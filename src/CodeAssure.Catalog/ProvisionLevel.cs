namespace CodeAssure.Catalog;

/// <summary>Whether a provision of the 2024 draft was a requirement ("shall") or a recommendation ("should").</summary>
public enum ProvisionLevel
{
    /// <summary>A requirement; the draft attaches technical controls to every one.</summary>
    Shall,

    /// <summary>A recommendation to work towards.</summary>
    Should,
}
