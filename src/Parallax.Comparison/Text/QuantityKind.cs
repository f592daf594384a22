namespace Parallax.Comparison.Text;

/// <summary>What kind of number a <see cref="Quantity"/> is.</summary>
internal enum QuantityKind
{
    /// <summary>A count or amount: "three", "40,000", "two dozen", "tens of thousands".</summary>
    Cardinal,
    /// <summary>A position in a sequence: "third", "4th".</summary>
    Ordinal,
    /// <summary>A share: "20%", "20 percent".</summary>
    Percent,
    /// <summary>How often something happened: "twice", "three times".</summary>
    Times,
    /// <summary>A calendar year written as a number: "2014".</summary>
    Year,
}
