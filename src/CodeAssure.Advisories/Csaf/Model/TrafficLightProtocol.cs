namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A Traffic Light Protocol (TLP) marking.</summary>
public sealed record TrafficLightProtocol
{
    /// <summary>WHITE, GREEN, AMBER or RED.</summary>
    public string Label { get; init; } = "";

    /// <summary>The TLP definition used.</summary>
    public Uri? Url { get; init; }
}
