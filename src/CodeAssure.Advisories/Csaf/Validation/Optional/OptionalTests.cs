namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>The optional tests (6.2.x) implemented so far, in section order.</summary>
internal static class OptionalTests
{
    /// <summary>Every implemented optional test.</summary>
    public static IReadOnlyList<CsafTest> All { get; } =
    [
        new UnusedProductIdDefinition(), new MissingRemediation(), new MissingScore(), new BuildMetadataInRevisionHistory(), new OlderInitialReleaseDateThanRevisionHistory(), new OlderCurrentReleaseDateThanRevisionHistory(), new MissingDateInInvolvements(), new Md5AsOnlyHashAlgorithm(), new Sha1AsOnlyHashAlgorithm(), new MissingTlpLabel(), new MissingCanonicalUrl(), new MissingDocumentLanguage(), new Sorting(), new UseOfPrivateLanguage(), new UseOfDefaultLanguage(), new MissingProductIdentificationHelper(), new CveInFieldIds(), new ProductVersionRangeWithoutVers(), new CvssForFixedProducts(), new AdditionalProperties(),
    ];
}
