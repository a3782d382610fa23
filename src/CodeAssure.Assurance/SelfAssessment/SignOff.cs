namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// The Senior Responsible Owner's sign-off of one version: who, in what role, when, and the acknowledgement they
/// accepted. The Code makes the SRO accountable, so only <see cref="SeniorResponsibleOwnerRole"/> may sign.
/// </summary>
/// <param name="SignedBy">The signer's name (one line).</param>
/// <param name="SignerRole">The signer's role in the organisation; must be <see cref="SeniorResponsibleOwnerRole"/>.</param>
/// <param name="SignedAt">When (stored in UTC).</param>
/// <param name="Acknowledgement">The statement the signer accepted, e.g. that the answers are accurate to the best of their knowledge.</param>
public sealed record SignOff(string SignedBy, string SignerRole, DateTimeOffset SignedAt, string Acknowledgement)
{
    /// <summary>The role token of the Senior Responsible Owner.</summary>
    public const string SeniorResponsibleOwnerRole = "sro";
}
