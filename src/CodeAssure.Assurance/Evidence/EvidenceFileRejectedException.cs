namespace CodeAssure.Assurance.Evidence;

/// <summary>An uploaded evidence file was refused; the message says why in one sentence, fit to show the uploader.</summary>
public sealed class EvidenceFileRejectedException : Exception
{
    /// <summary>A refusal.</summary>
    public EvidenceFileRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal with no detail.</summary>
    public EvidenceFileRejectedException()
        : this("the evidence file was refused")
    {
    }

    /// <summary>A refusal caused by another error.</summary>
    public EvidenceFileRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
