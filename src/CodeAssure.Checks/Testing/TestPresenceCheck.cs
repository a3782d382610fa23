using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Testing;

/// <summary>CA-TEST-001 and CA-TEST-002: tests exist, and CI runs them (principle 1.3).</summary>
public sealed class TestPresenceCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-TEST-001",
        "Tests present and run by CI",
        [PrincipleId.Parse("1.3")],
        [ClaimId.Parse("1.3.1"), ClaimId.Parse("1.3.2")],
        "Test projects and files of every common ecosystem, and CI definitions or scripts that run a test command (CA-TEST-002).",
        "Add automated tests, and run them in CI on every change.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inventory = TestInventory.Find(context.Root);
        return Task.FromResult(CheckOutcome.FromFindings(TestInventory.Findings(inventory)));
    }
}
