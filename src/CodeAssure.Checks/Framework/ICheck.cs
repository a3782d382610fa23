namespace CodeAssure.Checks.Framework;

/// <summary>One repository check: turns a technical control of the Code into findings and facts tied to claim ids.</summary>
public interface ICheck
{
    /// <summary>What the check is and what it evidences.</summary>
    CheckDescriptor Descriptor { get; }

    /// <summary>Runs the check on the scanned folder. Bad input is reported as findings, never thrown.</summary>
    Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken);
}
