namespace CodeAssure.Catalog;

/// <summary>Where a claim comes from.</summary>
public enum ClaimSource
{
    /// <summary>The list of claims in NCSC's Assurance Principles and Claims.</summary>
    AssurancePrinciplesAndClaims,

    /// <summary>A leaf of NCSC's claims-tree diagrams that has no matching claim in the list.</summary>
    ClaimsTree,
}
