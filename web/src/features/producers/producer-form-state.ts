import type { CreateProducerBody, Producer, ProducerTypeCode } from '../../api/types';
import type { UserScope } from '../../lib/permissions';

/** What the producer form edits: text inputs as strings ("" = not given). */
export interface ProducerFormValues {
  name: string;
  type: ProducerTypeCode | '';
  taxCode: string;
  representativeName: string;
  representativeGender: '' | 'male' | 'female';
  representativeEthnicity: string;
  provinceCode: string;
  communeCode: string;
  street: string;
  phone: string;
  email: string;
  website: string;
}

export function emptyProducerForm(scope: UserScope): ProducerFormValues {
  return {
    name: '',
    type: '',
    taxCode: '',
    representativeName: '',
    representativeGender: '',
    representativeEthnicity: '',
    provinceCode: scope.provinceCode ?? '',
    communeCode: scope.communeCode ?? '',
    street: '',
    phone: '',
    email: '',
    website: '',
  };
}

export function producerToForm(producer: Producer): ProducerFormValues {
  return {
    name: producer.name,
    type: producer.type as ProducerTypeCode,
    taxCode: producer.taxCode ?? '',
    representativeName: producer.representativeName ?? '',
    representativeGender: producer.representativeGender ?? '',
    representativeEthnicity: producer.representativeEthnicity ?? '',
    provinceCode: producer.province.code,
    communeCode: producer.commune.code,
    street: producer.street ?? '',
    phone: producer.phone ?? '',
    email: producer.email ?? '',
    website: producer.website ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The create/update body: blanks become null (clears the field on update). An unset type is sent as it is,
 * so the server's `body.type` error shows next to the select.
 */
export function formToProducerBody(values: ProducerFormValues): CreateProducerBody {
  return {
    name: values.name.trim(),
    type: values.type as ProducerTypeCode,
    taxCode: orNull(values.taxCode),
    representativeName: orNull(values.representativeName),
    representativeGender: values.representativeGender === '' ? null : values.representativeGender,
    representativeEthnicity: orNull(values.representativeEthnicity),
    communeCode: values.communeCode,
    street: orNull(values.street),
    phone: orNull(values.phone),
    email: orNull(values.email),
    website: orNull(values.website),
  };
}
