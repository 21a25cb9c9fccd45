using System.Globalization;

namespace Generator.Content.Time;

/// <summary>
/// Reads and writes RFC 3339 date-times (<c>2022-02-14T09:30:00+02:00</c>, <c>2022-02-14T07:30:00.5Z</c>) by hand, so
/// nothing depends on a culture or the machine's time zone.
/// </summary>
public static class Rfc3339
{
    public enum Reading
    {
        /// <summary>Not written as an RFC 3339 date-time.</summary>
        NotDateTime,

        /// <summary>Written as one, but without the offset that makes it an instant.</summary>
        MissingOffset,

        /// <summary>Written as one, but no such day or time exists.</summary>
        OutOfRange,

        Read,
    }

    public static Reading TryParse(ReadOnlySpan<char> text, out DateTimeOffset instant)
    {
        instant = default;
        // YYYY-MM-DDTHH:MM:SS, then optional fraction, then Z or ±HH:MM.
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't' or ' ') || text[13] != ':' || text[16] != ':' ||
            !Digits(text[..4], out var year) || !Digits(text[5..7], out var month) || !Digits(text[8..10], out var day) ||
            !Digits(text[11..13], out var hour) || !Digits(text[14..16], out var minute) || !Digits(text[17..19], out var second))
        {
            return Reading.NotDateTime;
        }

        var rest = text[19..];
        long fractionTicks = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return Reading.NotDateTime;
            }

            var fraction = rest[1..Math.Min(digits, 8)];
            Digits(fraction, out var value);
            fractionTicks = value * (long)Math.Pow(10, 7 - fraction.Length);
            rest = rest[digits..];
        }

        TimeSpan offset;
        if (rest.Length == 0)
        {
            return Reading.MissingOffset;
        }
        else if (rest is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':' && Digits(rest[1..3], out var offsetHours) && Digits(rest[4..6], out var offsetMinutes))
        {
            if (offsetHours > 14 || offsetMinutes > 59)
            {
                return Reading.OutOfRange;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return Reading.NotDateTime;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return Reading.OutOfRange;
        }

        try
        {
            instant = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Year 1 with a positive offset, or 9999 with a negative one, falls outside what .NET can hold.
            return Reading.OutOfRange;
        }

        return Reading.Read;
    }

    /// <summary>Seconds, with a fraction only when there is one, and the offset it was written with (<c>Z</c> for UTC).</summary>
    public static string Format(DateTimeOffset instant)
    {
        var text = instant.ToString(instant.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return text + (instant.Offset == TimeSpan.Zero ? "Z" : instant.ToString("zzz", CultureInfo.InvariantCulture));
    }

    /// <summary>The value of a run of ASCII digits; false if any character is not one.</summary>
    public static bool Digits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
