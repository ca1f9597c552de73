using Parquet.Meta;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// The pass over a column chunk's page headers, and only its headers, that decides before any row is read whether
/// <see cref="ColumnChunk"/> decodes the whole chunk or leaves it whole to Parquet.Net: its pages are decoded one at a
/// time as the rows reach them, so a page it cannot decode must be found before the first. What the headers say that
/// cannot be right (sizes past the chunk, more values than the metadata, a dictionary page after the first) is refused
/// here too; what only a page's bytes can show is found as the page is decoded.
/// </summary>
internal static class ChunkSurvey
{
    /// <summary>Reads the page header at <paramref name="offset"/> in the chunk; <paramref name="length"/> is its size.</summary>
    public delegate PageHeader HeaderAt(int offset, out int length);

    /// <summary>Whether every page of the chunk of <paramref name="chunkLength"/> bytes is one
    /// <see cref="ColumnChunk"/> decodes; <paramref name="pages"/> are then its dictionary and data pages: each one's
    /// header, where it is in the chunk, how long it is with its header, and where its body starts after the header.</summary>
    /// <exception cref="InvalidDataException">A header cannot be read or says what cannot be.</exception>
    public static bool Decodable(int chunkLength, HeaderAt headerAt, ColumnMetaData chunk, int maxDefinition, int maxRepetition, List<SurveyedPage> pages)
    {
        var entries = checked((int)chunk.NumValues);
        var read = 0;
        var position = 0;
        var dictionary = false;
        var dataPages = 0;
        pages.Clear();
        while (read < entries && position < chunkLength)
        {
            var header = headerAt(position, out var headerLength);
            var start = position;
            position += headerLength;
            if (header.CompressedSize > chunkLength - position)
            {
                throw new InvalidDataException($"A page of {header.CompressedSize} bytes runs past the end of its column chunk.");
            }

            position += header.CompressedSize;
            if (header.Type is PageType.Data or PageType.DataV2 && header.Values > entries - read)
            {
                throw new InvalidDataException("The column chunk's pages hold more values than its metadata says.");
            }

            if (header.UncompressedSize > PageCodec.MaxUncompressed(chunk.Codec, header.CompressedSize))
            {
                throw new InvalidDataException($"A page of {header.CompressedSize} bytes says it decompresses to {header.UncompressedSize}, more than {chunk.Codec} can.");
            }

            if (header.Type == PageType.Dictionary && (dictionary || dataPages > 0))
            {
                throw new InvalidDataException("A column chunk has a dictionary page after its first page.");
            }

            // A v2 page's levels come uncompressed before its values.
            if (header.Type == PageType.DataV2 && header.RepetitionBytes + (long)header.DefinitionBytes > Math.Min(header.CompressedSize, header.UncompressedSize))
            {
                throw new InvalidDataException("A page's levels are larger than the page.");
            }

            var decodable = header.Type switch
            {
                PageType.Dictionary => header.Encoding is PageHeader.Plain or PageHeader.PlainDictionary,
                PageType.Data => HasValues(header) && HasRleLevels(header, maxDefinition, maxRepetition),
                PageType.DataV2 => HasValues(header),
                PageType.Index => true,
                _ => throw new InvalidDataException($"A page has the unknown type {(int)header.Type}."),
            };

            if (!decodable || header.UncompressedSize > Array.MaxLength)
            {
                return false;
            }

            dictionary |= header.Type == PageType.Dictionary;
            if (header.Type is PageType.Data or PageType.DataV2)
            {
                dataPages++;
                read += header.Values;
            }

            if (header.Type != PageType.Index)
            {
                pages.Add(new SurveyedPage(header, start, position - start, headerLength));
            }
        }

        if (read != entries)
        {
            throw new InvalidDataException($"The column chunk's pages hold {read} values where its metadata says {entries}.");
        }

        return true;
    }

    private static bool HasValues(PageHeader header) =>
        header.Encoding is PageHeader.Plain or PageHeader.PlainDictionary or PageHeader.RleDictionary;

    /// <summary>A v1 page's levels in RLE: BIT_PACKED ones, deprecated since 2013, are left to Parquet.Net.</summary>
    private static bool HasRleLevels(PageHeader header, int maxDefinition, int maxRepetition) =>
        (maxRepetition == 0 || header.RepetitionEncoding == PageHeader.Rle) && (maxDefinition == 0 || header.DefinitionEncoding == PageHeader.Rle);
}

/// <summary>A page the survey found: its header, where it is in its chunk, its length with the header, and the
/// header's own length (where the body starts), so that decoding it does not parse the header again.</summary>
internal readonly record struct SurveyedPage(PageHeader Header, int Offset, int Length, int Body);
