// schema.org Product + Organization (the producer) for a product page, as one JSON-LD graph.
import type { PublicProductPage } from '../../../app/portal/get-product-page.ts';
import type { Lang } from '../layout.ts';
import { producerPath, productPath } from './paths.ts';

export function productJsonLd(lang: Lang, base: string, p: PublicProductPage): unknown {
  const url = `${base}${productPath(lang, p.slug)}`;
  const producerUrl = `${base}${producerPath(lang, p.producer.key)}`;
  const organization = {
    '@type': 'Organization',
    '@id': `${producerUrl}#organization`,
    name: p.producer.name,
    url: producerUrl,
    ...(p.producer.website ? { sameAs: [p.producer.website] } : {}),
    address: {
      '@type': 'PostalAddress',
      addressLocality: p.commune.name,
      addressRegion: p.province.name,
      addressCountry: 'VN',
    },
  };
  const product = {
    '@type': 'Product',
    '@id': `${url}#product`,
    name: p.name,
    url,
    ...(p.description ? { description: p.description.slice(0, 500) } : {}),
    ...(p.photos.length ? { image: p.photos.slice(0, 4).map((ph) => `${base}${ph.url}`) } : {}),
    ...(p.gtin ? { gtin13: p.gtin } : {}),
    ...(p.ocopCode ? { sku: p.ocopCode } : {}),
    ...(p.productSet ? { category: p.productSet[lang] } : {}),
    brand: { '@type': 'Brand', name: p.producer.name },
    manufacturer: { '@id': organization['@id'] },
    countryOfOrigin: { '@type': 'Country', name: 'VN' },
    award:
      lang === 'vi' ? `Sản phẩm OCOP ${p.certificate.stars} sao` : `OCOP ${p.certificate.stars}-star product`,
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'OCOP stars', value: p.certificate.stars },
      {
        '@type': 'PropertyValue',
        name: 'OCOP certificate status',
        value: p.certificate.status?.status ?? 'unknown',
      },
      { '@type': 'PropertyValue', name: 'OCOP certificate valid to', value: p.certificate.validTo },
    ],
  };
  return { '@context': 'https://schema.org', '@graph': [product, organization] };
}
