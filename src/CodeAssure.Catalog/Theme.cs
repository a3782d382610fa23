namespace CodeAssure.Catalog;

/// <summary>One of the Code's four themes, with the principles it groups.</summary>
public sealed class Theme
{
    private readonly List<Principle> _principles = [];

    internal Theme(int id, string title, string purpose)
    {
        Id = id;
        Title = title;
        Purpose = purpose;
    }

    /// <summary>The theme number, 1 to 4.</summary>
    public int Id { get; }

    /// <summary>The theme's title, e.g. "Build environment security".</summary>
    public string Title { get; }

    /// <summary>What the theme's principles ensure, in the Code's words.</summary>
    public string Purpose { get; }

    /// <summary>The theme's principles in id order.</summary>
    public IReadOnlyList<Principle> Principles => _principles;

    internal void Add(Principle principle) => _principles.Add(principle);

    /// <inheritdoc />
    public override string ToString() => $"Theme {Id}: {Title}";
}
