namespace Parallax.Core.Annotations;

/// <summary>TIMEX3 types of time expression.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}
