namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// What a self-assessment covers: the whole organisation, or one product (optionally one release of it).
/// Built only through <see cref="Organisation"/> and <see cref="ForProduct"/>, so a product scope always names a product.
/// </summary>
public sealed record AssessmentScope
{
    private AssessmentScope(string? product, string? release)
    {
        Product = product;
        Release = release;
    }

    /// <summary>The product assessed, or null for an organisation-wide assessment.</summary>
    public string? Product { get; }

    /// <summary>The product's release assessed, when the assessment is for one release.</summary>
    public string? Release { get; }

    /// <summary>True for an organisation-wide assessment.</summary>
    public bool IsOrganisationWide => Product is null;

    /// <summary>The organisation-wide scope.</summary>
    public static AssessmentScope Organisation { get; } = new(null, null);

    /// <summary>A product scope, optionally for one release.</summary>
    /// <exception cref="ArgumentException">The name or release is empty, too long or holds control characters.</exception>
    public static AssessmentScope ForProduct(string product, string? release = null)
    {
        TextRules.RequireName(product, nameof(product), AssessmentLimits.MaxNameLength);
        if (release is not null)
        {
            TextRules.RequireName(release, nameof(release), AssessmentLimits.MaxNameLength);
        }

        return new AssessmentScope(product, release);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Product is null ? "organisation" : Release is null ? Product : $"{Product} {Release}";
}
