namespace AnonGateway.Dicom.Text;

/// <summary>One component group of a person name (PS3.5 §6.2.1): family name, given name, middle name, prefix and
/// suffix, written with <c>^</c> between them.</summary>
/// <remarks>More than five components are not allowed; when a value has more, the extra ones stay in
/// <see cref="NameSuffix"/> (joined with <c>^</c>) so that no text is lost.</remarks>
public sealed record PersonNameGroup(string FamilyName = "", string GivenName = "", string MiddleName = "", string NamePrefix = "", string NameSuffix = "")
{
    /// <summary>The group with no components.</summary>
    public static PersonNameGroup Empty { get; } = new();

    /// <summary>Whether every component is empty.</summary>
    public bool IsEmpty => FamilyName.Length == 0 && GivenName.Length == 0 && MiddleName.Length == 0 && NamePrefix.Length == 0 && NameSuffix.Length == 0;

    /// <summary>The five components in order.</summary>
    public IReadOnlyList<string> Components => [FamilyName, GivenName, MiddleName, NamePrefix, NameSuffix];

    /// <summary>Splits a component group at <c>^</c>.</summary>
    public static PersonNameGroup Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return Empty;
        var parts = text.Split('^', 5);
        string At(int i) => i < parts.Length ? parts[i] : "";
        return new PersonNameGroup(At(0), At(1), At(2), At(3), At(4));
    }

    /// <summary>The group as written in a PN value, without trailing empty components.</summary>
    public override string ToString()
    {
        string[] parts = [FamilyName, GivenName, MiddleName, NamePrefix, NameSuffix];
        int count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0) count--;
        return string.Join('^', parts, 0, count);
    }
}
