namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>The informative tests (6.3.x) implemented so far, in section order.</summary>
internal static class InformativeTests
{
    /// <summary>Every implemented informative test.</summary>
    public static IReadOnlyList<CsafTest> All { get; } = [];
}
