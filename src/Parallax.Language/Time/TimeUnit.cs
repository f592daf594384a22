namespace Parallax.Language.Time;

/// <summary>A calendar or clock unit and how TIMEX3 writes it in a duration.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}
