namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>The optional tests (6.2.x) implemented so far, in section order.</summary>
internal static class OptionalTests
{
    /// <summary>Every implemented optional test.</summary>
    public static IReadOnlyList<CsafTest> All { get; } = [];
}
