namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Rules for sharing the document.</summary>
public sealed record Distribution
{
    /// <summary>Free-text rules.</summary>
    public string? Text { get; init; }

    /// <summary>The Traffic Light Protocol label.</summary>
    public TrafficLightProtocol? Tlp { get; init; }
}
