namespace CodeAssure.Catalog;

/// <summary>Parses the numeric parts of catalogue ids: ASCII digits, no sign, no leading zero, at most three digits.</summary>
internal static class IdNumber
{
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value > 0;
    }
}
