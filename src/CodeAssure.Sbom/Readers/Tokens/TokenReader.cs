namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// A forward-only stream of JSON-like tokens (objects, arrays, property names, scalars) with the position of each,
/// so one mapper can read the same document shape from JSON, YAML or XML without building a tree of the whole file.
/// </summary>
internal abstract class TokenReader : IDisposable
{
    protected TokenReader(string sourceName) => SourceName = sourceName;

    /// <summary>The input's name, for messages.</summary>
    public string SourceName { get; }

    /// <summary>The current token.</summary>
    public TokenKind Kind { get; protected set; }

    /// <summary>The property name or scalar text of the current token.</summary>
    public string? Value
    {
        get => CurrentValue();
        protected set => _value = value;
    }

    private string? _value;

    /// <summary>The current token's text; readers that decode lazily override this.</summary>
    protected virtual string? CurrentValue() => _value;

    /// <summary>The 1-based line of the current token.</summary>
    public long Line
    {
        get
        {
            UpdatePosition();
            return _line;
        }

        protected set => _line = value;
    }

    private long _line = 1;

    /// <summary>The 1-based column of the current token.</summary>
    public long Column
    {
        get
        {
            UpdatePosition();
            return _column;
        }

        protected set => _column = value;
    }

    private long _column = 1;

    /// <summary>Brings <see cref="Line"/> and <see cref="Column"/> up to date; readers that locate lazily override this.</summary>
    protected virtual void UpdatePosition()
    {
    }

    /// <summary>
    /// True where a list is written as the same property repeated (XML elements): a single value then stands for a
    /// one-item array, and repeated properties add up.
    /// </summary>
    public virtual bool RepeatedPropertiesFormArrays => false;

    /// <summary>Moves to the next token; false at the end of the input.</summary>
    public abstract bool Read();

    /// <summary>Moves to the next token, which must exist.</summary>
    public void ReadRequired()
    {
        if (!Read())
        {
            throw Error("unexpected end of input: the document is truncated");
        }
    }

    /// <summary>An error at the current token.</summary>
    public SbomFormatException Error(string reason) => new(SourceName, Line, Column, reason);

    /// <summary>Describes the current token for an error message ("an array", "a string" …).</summary>
    public string Describe() => Kind switch
    {
        TokenKind.StartObject => "an object",
        TokenKind.StartArray => "an array",
        TokenKind.String => $"the string \"{Shorten(Value)}\"",
        TokenKind.Number => $"the number {Shorten(Value)}",
        TokenKind.Boolean => Value ?? "a boolean",
        TokenKind.Null => "null",
        TokenKind.PropertyName => $"the property \"{Shorten(Value)}\"",
        TokenKind.EndObject => "the end of an object",
        TokenKind.EndArray => "the end of an array",
        _ => "nothing",
    };

    /// <summary>Skips the value at the current token (with everything inside it).</summary>
    public void SkipCurrent()
    {
        switch (Kind)
        {
            case TokenKind.StartObject or TokenKind.StartArray:
                var depth = 1;
                while (depth > 0)
                {
                    ReadRequired();
                    if (Kind is TokenKind.StartObject or TokenKind.StartArray)
                    {
                        depth++;
                    }
                    else if (Kind is TokenKind.EndObject or TokenKind.EndArray)
                    {
                        depth--;
                    }
                }

                break;
            case TokenKind.PropertyName:
                SkipValue();
                break;
        }
    }

    /// <summary>Reads and skips the next value (after a property name).</summary>
    public void SkipValue()
    {
        ReadRequired();
        SkipCurrent();
    }

    /// <summary>The current token as a string; null for null. <paramref name="what"/> names the value for errors.</summary>
    public string? ExpectString(string what) => Kind switch
    {
        TokenKind.String => Value,
        TokenKind.Null => null,
        _ => throw Error($"expected a string for '{what}', found {Describe()}"),
    };

    /// <summary>Reads the next value as a string; null for null.</summary>
    public string? ReadString(string what)
    {
        ReadRequired();
        return ExpectString(what);
    }

    /// <summary>Calls <paramref name="onProperty"/> with each property name of the object at the current token; it must consume the value.</summary>
    public void ExpectObject(string what, Action<string> onProperty)
    {
        ArgumentNullException.ThrowIfNull(onProperty);
        if (Kind == TokenKind.Null)
        {
            return;
        }

        if (Kind != TokenKind.StartObject)
        {
            throw Error($"expected an object for '{what}', found {Describe()}");
        }

        while (true)
        {
            ReadRequired();
            if (Kind == TokenKind.EndObject)
            {
                return;
            }

            if (Kind != TokenKind.PropertyName)
            {
                throw Error($"expected a property name in '{what}', found {Describe()}");
            }

            onProperty(Value!);
        }
    }

    /// <summary>Reads the next value as an object (see <see cref="ExpectObject"/>).</summary>
    public void ReadObject(string what, Action<string> onProperty)
    {
        ReadRequired();
        ExpectObject(what, onProperty);
    }

    /// <summary>Calls <paramref name="onItem"/> positioned on each item of the array at the current token; it must consume the item.</summary>
    public void ExpectArray(string what, Action onItem)
    {
        ArgumentNullException.ThrowIfNull(onItem);
        if (Kind == TokenKind.Null)
        {
            return;
        }

        if (Kind != TokenKind.StartArray)
        {
            if (RepeatedPropertiesFormArrays)
            {
                onItem();
                return;
            }

            throw Error($"expected an array for '{what}', found {Describe()}");
        }

        while (true)
        {
            ReadRequired();
            if (Kind == TokenKind.EndArray)
            {
                return;
            }

            onItem();
        }
    }

    /// <summary>Reads the next value as an array (see <see cref="ExpectArray"/>).</summary>
    public void ReadArray(string what, Action onItem)
    {
        ReadRequired();
        ExpectArray(what, onItem);
    }

    /// <summary>Reads the next value as an array of strings.</summary>
    public List<string> ReadStringArray(string what)
    {
        var items = new List<string>();
        ReadArray(what, () =>
        {
            if (ExpectString(what) is { } item)
            {
                items.Add(item);
            }
        });
        return items;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the underlying input.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
