using System;
using System.Globalization;

namespace TimConv
{
    /// <summary>
    /// Converts facade arguments (the only types that cross from JS under Puerts: string, int, bool,
    /// double) to the C types of the SDK. A value that does not fit makes the facade return
    /// <see cref="InvalidArgument"/> without calling the SDK.
    /// </summary>
    internal static class TimConvArgs
    {
        /// <summary>The SDK's own code for an invalid argument.</summary>
        internal const int InvalidArgument = TimConvResult.TIM_ERR_PARAM;

        /// <summary>A uint64 written as plain decimal digits (no sign, no spaces), as JS BigInt.toString() writes it.</summary>
        internal static bool TryParseUInt64(string text, out ulong value)
        {
            value = 0;
            return text != null && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>An int64 written as decimal digits with an optional leading minus.</summary>
        internal static bool TryParseInt64(string text, out long value)
        {
            value = 0;
            return text != null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>A uint32 carried as a double: a whole number from 0 to 4294967295.</summary>
        internal static bool TryToUInt32(double number, out uint value)
        {
            if (number >= 0 && number <= uint.MaxValue && Math.Floor(number) == number)
            {
                value = (uint)number;
                return true;
            }
            value = 0;
            return false;
        }

        internal static string FromUInt64(ulong value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        internal static string FromInt64(long value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
