using Parallax.Core.Annotations;

namespace Parallax.Language.Time;

/// <summary>A recognised expression over tokens <c>[First, End)</c> of the scanner's token list.</summary>
internal readonly record struct TimexMatch(int First, int End, TimexType Type, string? Value, string? Mod = null);
