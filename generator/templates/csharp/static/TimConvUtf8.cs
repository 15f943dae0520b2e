using System;
using System.Runtime.InteropServices;
using System.Text;

namespace TimConv
{
    /// <summary>
    /// Moves strings across the native boundary as NUL-terminated UTF-8, by hand. The SDK expects
    /// UTF-8 on every platform; the runtime's default string marshaling would use the ANSI code page
    /// on Windows and break any non-ASCII text, so no [DllImport] here takes a string.
    /// </summary>
    internal static class TimConvUtf8
    {
        /// <summary>
        /// Copies <paramref name="text"/> into a new unmanaged NUL-terminated UTF-8 buffer that the
        /// caller releases with <see cref="Free"/>. null becomes a NULL pointer.
        /// </summary>
        internal static IntPtr ToNative(string text)
        {
            if (text == null) return IntPtr.Zero;
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            IntPtr buffer = Marshal.AllocHGlobal(bytes.Length + 1);
            Marshal.Copy(bytes, 0, buffer, bytes.Length);
            Marshal.WriteByte(buffer, bytes.Length, 0);
            return buffer;
        }

        /// <summary>Releases a buffer from <see cref="ToNative"/>; a NULL pointer is ignored.</summary>
        internal static void Free(IntPtr buffer)
        {
            if (buffer != IntPtr.Zero) Marshal.FreeHGlobal(buffer);
        }

        /// <summary>
        /// Copies a NUL-terminated UTF-8 string owned by native code into a managed string. A NULL
        /// pointer gives the empty string, so callers always receive a string. Malformed UTF-8
        /// sequences decode to U+FFFD.
        /// </summary>
        internal static string FromNative(IntPtr text)
        {
            if (text == IntPtr.Zero) return string.Empty;
            int length = ByteLength(text);
            if (length == 0) return string.Empty;
            byte[] bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes, 0, length);
        }

        /// <summary>
        /// Number of bytes before the terminating NUL. Reads single bytes up to an 8-byte boundary
        /// and then whole aligned words, which never cross into another page, so it never reads
        /// memory the string's page does not hold.
        /// </summary>
        internal static int ByteLength(IntPtr text)
        {
            int offset = 0;
            long address = text.ToInt64();
            while (((address + offset) & 7) != 0)
            {
                if (Marshal.ReadByte(text, offset) == 0) return offset;
                offset++;
            }
            while (true)
            {
                ulong word = unchecked((ulong)Marshal.ReadInt64(text, offset));
                if (((word - 0x0101010101010101UL) & ~word & 0x8080808080808080UL) != 0) break;
                offset += 8;
            }
            while (Marshal.ReadByte(text, offset) != 0) offset++;
            return offset;
        }
    }
}
