using System.Text;
using System.Text.Json;

namespace ReleaseGates.Engine.Json;

/// <summary>
/// Reads a whole JSON document into <see cref="JsonNode"/>s that keep their line, column and number text.
/// Comments and trailing commas are allowed (people write gates.json by hand); bare NaN/Infinity only when asked
/// (evaluation outputs written by Python).
/// </summary>
public static class PositionedJsonParser
{
    private const int MaxDepth = 64;

    /// <exception cref="JsonSyntaxException">The text is not JSON.</exception>
    public static JsonNode Parse(byte[] fileBytes, bool allowNonFiniteNumbers)
    {
        var utf8 = TextDecoding.ToUtf8(fileBytes);
        var nonFinite = allowNonFiniteNumbers ? NonFiniteTokens.Mask(utf8) : new Dictionary<int, string>();
        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });

        try
        {
            if (!reader.Read())
            {
                throw new JsonSyntaxException(new TextPosition(1, 1), "the file is empty");
            }

            var root = new Builder(lines, nonFinite).ReadValue(ref reader);

            // Reading past the root value makes the reader reject anything but whitespace and comments after it.
            reader.Read();
            return root;
        }
        catch (JsonException e)
        {
            var message = WithoutReaderPosition(e.Message);
            if (utf8.Length == 0 || IsOnlyWhitespace(utf8))
            {
                message = "the file is empty";
            }

            throw new JsonSyntaxException(lines.TokenAt(e.LineNumber ?? 0, e.BytePositionInLine ?? 0), message);
        }
        catch (InvalidOperationException)
        {
            throw new JsonSyntaxException(lines.PositionOf(reader.TokenStartIndex), "a string holds bytes that are not valid UTF-8; save the file as UTF-8");
        }
    }

    private static bool IsOnlyWhitespace(byte[] utf8)
    {
        foreach (var b in utf8)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 2."; we report our own position.</summary>
    private static string WithoutReaderPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message.Substring(0, cut) : message).Trim();
        return text.TrimEnd('.');
    }

    private sealed class Builder
    {
        private readonly LineMap _lines;
        private readonly Dictionary<int, string> _nonFinite;

        public Builder(LineMap lines, Dictionary<int, string> nonFinite)
        {
            _lines = lines;
            _nonFinite = nonFinite;
        }

        /// <summary>The current token as written: a string or name with its quotes, a number's digits, a literal, a bracket.</summary>
        private TextSpan SpanOf(ref Utf8JsonReader reader)
        {
            var start = reader.TokenStartIndex;
            var length = reader.TokenType switch
            {
                JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => reader.ValueSpan.Length,
                _ => 1,
            };
            return new TextSpan(_lines.PositionOf(start), _lines.PositionOf(start + length));
        }

        public JsonNode ReadValue(ref Utf8JsonReader reader)
        {
            var span = SpanOf(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var members = new List<JsonMember>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        var nameSpan = SpanOf(ref reader);
                        reader.Read();
                        members.Add(new JsonMember(name, nameSpan, ReadValue(ref reader)));
                    }

                    return JsonNode.ObjectOf(span, members);
                case JsonTokenType.StartArray:
                    var items = new List<JsonNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader));
                    }

                    return JsonNode.ArrayOf(span, items);
                case JsonTokenType.String:
                    return _nonFinite.TryGetValue((int)reader.TokenStartIndex, out var token)
                        ? JsonNode.ScalarOf(JsonNodeKind.NonFiniteNumber, span, token)
                        : JsonNode.ScalarOf(JsonNodeKind.String, span, reader.GetString());
                case JsonTokenType.Number:
                    return JsonNode.ScalarOf(JsonNodeKind.Number, span, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                case JsonTokenType.True:
                    return JsonNode.ScalarOf(JsonNodeKind.True, span, "true");
                case JsonTokenType.False:
                    return JsonNode.ScalarOf(JsonNodeKind.False, span, "false");
                default:
                    return JsonNode.ScalarOf(JsonNodeKind.Null, span, null);
            }
        }
    }
}
