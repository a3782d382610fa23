namespace CodeAssure.Data.Entities;

/// <summary>Who holds which security training or qualification, and until when (principle 4: skills).</summary>
public sealed class TrainingRecord
{
    /// <summary>The record's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The person holding the training.</summary>
    public required string PersonName { get; set; }

    /// <summary>The training or qualification.</summary>
    public required string Training { get; set; }

    /// <summary>The day it was completed.</summary>
    public DateOnly CompletedOn { get; set; }

    /// <summary>The day it expires, if it does.</summary>
    public DateOnly? ExpiresOn { get; set; }
}
