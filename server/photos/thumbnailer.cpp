#include "photos/thumbnailer.hpp"

#include "api/api_error.hpp"

#include <turbojpeg.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>
#include <vector>

namespace patrolbook::server {

namespace {

struct TjFree {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, TjFree>;

struct TjBuffer {
    void operator()(unsigned char* p) const { tjFree(p); }
};

ApiError unreadable(const std::string& why)
{
    return ApiError::unprocessable("the photo is not a JPEG this server can read, so it has no thumbnail (" + why
                                   + "); the full photo is at the same address without ?size=thumb");
}

// Averages each target pixel's box of source pixels (RGB): a clean reduction for the
// last factor of less than two that TurboJPEG's scaled decoding leaves.
std::vector<unsigned char> boxScale(const std::vector<unsigned char>& src, int w, int h, int tw, int th)
{
    std::vector<unsigned char> out(static_cast<std::size_t>(tw) * th * 3);
    for (int y = 0; y < th; ++y) {
        const int y0 = y * h / th;
        const int y1 = std::max(y0 + 1, (y + 1) * h / th);
        for (int x = 0; x < tw; ++x) {
            const int x0 = x * w / tw;
            const int x1 = std::max(x0 + 1, (x + 1) * w / tw);
            std::uint32_t sum[3] = {0, 0, 0};
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx)
                    for (int c = 0; c < 3; ++c)
                        sum[c] += src[(static_cast<std::size_t>(sy) * w + sx) * 3 + c];
            const auto n = static_cast<std::uint32_t>((y1 - y0) * (x1 - x0));
            for (int c = 0; c < 3; ++c)
                out[(static_cast<std::size_t>(y) * tw + x) * 3 + c] = static_cast<unsigned char>((sum[c] + n / 2) / n);
        }
    }
    return out;
}

} // namespace

Thumbnailer::Thumbnailer(std::filesystem::path dir)
    : dir_(std::move(dir))
{
}

std::size_t Thumbnailer::stripe(const std::string& sha)
{
    return std::hash<std::string>{}(sha) % 16;
}

std::string Thumbnailer::read(const std::string& sha) const
{
    std::ifstream in(dir_ / (sha + ".jpg"), std::ios::binary);
    if (!in)
        return {};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void Thumbnailer::store(const std::string& sha, const std::string& bytes) const
{
    // Written aside and renamed into place: a reader sees the whole file or none.
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec); // made with the first thumbnail
    const auto part = dir_ / (sha + ".jpg.part");
    bool written = false;
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        written = static_cast<bool>(out);
    }
    // A full disk: the thumbnail is served all the same, and made again next time.
    if (written)
        std::filesystem::rename(part, dir_ / (sha + ".jpg"), ec);
    if (!written || ec)
        std::filesystem::remove(part, ec);
}

std::string Thumbnailer::make(const std::string& jpeg)
{
    TjHandle decoder(tjInitDecompress());
    if (!decoder)
        throw std::runtime_error("TurboJPEG: no decompressor");
    auto* data = reinterpret_cast<const unsigned char*>(jpeg.data());
    const auto size = static_cast<unsigned long>(jpeg.size());
    int width = 0;
    int height = 0;
    int subsampling = 0;
    int colorspace = 0;
    if (tjDecompressHeader3(decoder.get(), data, size, &width, &height, &subsampling, &colorspace) != 0)
        throw unreadable(tjGetErrorStr2(decoder.get()));
    if (width <= 0 || height <= 0)
        throw unreadable("no size");
    const int longest = std::max(width, height);
    // The smallest of TurboJPEG's scales that still has `longEdge` pixels (or the whole
    // photo, when it is smaller).
    int factors = 0;
    const tjscalingfactor* scales = tjGetScalingFactors(&factors);
    tjscalingfactor best{1, 1};
    for (int i = 0; i < factors; ++i) {
        const auto& f = scales[i];
        if (TJSCALED(longest, f) >= std::min(longEdge, longest) && f.num * best.denom < best.num * f.denom)
            best = f;
    }
    const int dw = TJSCALED(width, best);
    const int dh = TJSCALED(height, best);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(dw) * dh * 3);
    if (tjDecompress2(decoder.get(), data, size, pixels.data(), dw, 0, dh, TJPF_RGB, TJFLAG_FASTDCT) != 0
        && tjGetErrorCode(decoder.get()) == TJERR_FATAL)
        throw unreadable(tjGetErrorStr2(decoder.get())); // a warning (a truncated file) still decodes
    int tw = dw;
    int th = dh;
    if (std::max(dw, dh) > longEdge) {
        tw = dw >= dh ? longEdge : std::max(1, dw * longEdge / dh);
        th = dw >= dh ? std::max(1, dh * longEdge / dw) : longEdge;
        pixels = boxScale(pixels, dw, dh, tw, th);
    }
    TjHandle encoder(tjInitCompress());
    if (!encoder)
        throw std::runtime_error("TurboJPEG: no compressor");
    unsigned char* out = nullptr;
    unsigned long outSize = 0;
    if (tjCompress2(encoder.get(), pixels.data(), tw, 0, th, TJPF_RGB, &out, &outSize, TJSAMP_420, quality,
                    TJFLAG_FASTDCT)
        != 0) {
        tjFree(out);
        throw std::runtime_error(std::string{"TurboJPEG: "} + tjGetErrorStr2(encoder.get()));
    }
    const std::unique_ptr<unsigned char, TjBuffer> owned(out);
    return {reinterpret_cast<const char*>(out), outSize};
}

} // namespace patrolbook::server
