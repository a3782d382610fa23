namespace CodeAssure.Data.Entities;

/// <summary>A security advisory's publication state (CSAF <c>tracking.status</c>).</summary>
public enum AdvisoryStatus
{
    /// <summary>Being written; not visible to customers.</summary>
    Draft = 0,

    /// <summary>Published: on the trust portal and in the CSAF provider feed.</summary>
    Final = 1,
}
