namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>The informative tests (6.3.x) implemented so far, in section order.</summary>
internal static class InformativeTests
{
    /// <summary>Every implemented informative test.</summary>
    public static IReadOnlyList<CsafTest> All { get; } =
    [
        new CvssV2AsOnlyScoringSystem(), new UseOfCvssV30(), new MissingCve(), new MissingCwe(), new UseOfShortHash(), new BranchCategories(), new UsageOfProductVersionRange(), new UsageOfVAsVersionIndicator(),
    ];
}
