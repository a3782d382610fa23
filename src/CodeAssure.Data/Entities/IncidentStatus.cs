namespace CodeAssure.Data.Entities;

/// <summary>Where an incident stands (principle 4.3).</summary>
public enum IncidentStatus
{
    /// <summary>Being investigated.</summary>
    Investigating = 0,

    /// <summary>The cause is known and contained; recovery under way.</summary>
    Contained = 1,

    /// <summary>Resolved; the record stays for the timeline and lessons learnt.</summary>
    Resolved = 2,
}
